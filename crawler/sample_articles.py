"""Sample articles written for this project (not taken from any outlet), in the genre the
service watches: Vietnam–Laos exchanges and the look-alikes it must refuse. Used by
`huunghi demo`, the tests and the benchmarks. ``days_ago`` dates them relative to "now"."""

from __future__ import annotations

ARTICLES: list[dict] = [
    {
        "key": "laichau-phongsaly",
        "title": "Đoàn đại biểu tỉnh Lai Châu thăm và làm việc tại tỉnh Phông Sa Lỳ",
        "lead": "Trong 2 ngày ({d0} - {d1}), Đoàn đại biểu tỉnh Lai Châu do đồng chí Hoàng Văn Minh - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm Trưởng đoàn đã sang thăm và làm việc tại tỉnh Phông Sa Lỳ (nước CHDCND Lào).",
        "paragraphs": [
            "Tiếp và làm việc với Đoàn có đồng chí Khăm Phăn Xay Nha Vông - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông Sa Lỳ cùng lãnh đạo các sở, ngành của tỉnh bạn.",
            "Tại buổi hội đàm, hai bên đã thông báo tình hình phát triển kinh tế - xã hội của mỗi tỉnh và đánh giá kết quả thực hiện biên bản hợp tác giai đoạn vừa qua trên các lĩnh vực giáo dục, y tế, nông nghiệp và bảo đảm an ninh biên giới.",
            "Nhân dịp này, tỉnh Lai Châu đã trao tặng tỉnh Phông Sa Lỳ 300 triệu đồng để xây dựng nhà lớp học tại huyện Mường Mày.",
            "Hai bên thống nhất tiếp tục tăng cường trao đổi đoàn các cấp, phối hợp quản lý đường biên giới và tạo điều kiện thuận lợi cho hoạt động thương mại qua cặp cửa khẩu.",
        ],
        "days_ago": 1, "relevant": True, "vn": ["Lai Châu"], "lao": ["Phông Sa Lỳ"], "direction": "vn_to_la",
    },
    {
        "key": "laichau-phongsaly-national",
        "title": "Lai Châu và Phông Sa Lỳ thúc đẩy hợp tác toàn diện",
        "lead": "Ngày {d0}, tại tỉnh Phông Sa Lỳ, Lào, đã diễn ra hội đàm giữa Đoàn đại biểu tỉnh Lai Châu và lãnh đạo tỉnh Phông Sa Lỳ.",
        "paragraphs": [
            "Đoàn công tác của tỉnh Lai Châu do Chủ tịch UBND tỉnh Hoàng Văn Minh dẫn đầu đang có chuyến thăm và làm việc tại nước bạn Lào từ ngày {d0} đến ngày {d1}.",
            "Phát biểu tại hội đàm, Tỉnh trưởng tỉnh Phông Sa Lỳ Khăm Phăn Xay Nha Vông cảm ơn sự giúp đỡ quý báu của tỉnh Lai Châu trong đào tạo cán bộ và xây dựng cơ sở hạ tầng.",
            "Hai tỉnh nhất trí mở rộng hợp tác trong lĩnh vực nông nghiệp, du lịch và giao thương qua biên giới.",
        ],
        "days_ago": 1, "relevant": True, "vn": ["Lai Châu"], "lao": ["Phông Sa Lỳ"], "direction": "vn_to_la",
    },
    {
        "key": "thanhhoa-houaphan-tet",
        "title": "Lãnh đạo tỉnh Hủa Phăn thăm, chúc Tết tỉnh Thanh Hóa",
        "lead": "Chiều {d0}, Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Phôn Xay Vông Sả - Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng làm Trưởng đoàn đã đến thăm, chúc Tết Đảng bộ, chính quyền và nhân dân tỉnh Thanh Hóa.",
        "paragraphs": [
            "Tiếp đoàn có đồng chí Lê Văn Tùng - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Thanh Hóa và đại diện lãnh đạo một số sở, ngành.",
            "Thay mặt lãnh đạo tỉnh Thanh Hóa, đồng chí Lê Văn Tùng cảm ơn tình cảm của lãnh đạo tỉnh Hủa Phăn và mong muốn hai tỉnh tiếp tục phối hợp chặt chẽ trong công tác quản lý, bảo vệ biên giới.",
            "Trưởng đoàn tỉnh Hủa Phăn chúc Đảng bộ và nhân dân Thanh Hóa đón một mùa xuân mới an vui, hạnh phúc.",
        ],
        "days_ago": 2, "relevant": True, "vn": ["Thanh Hóa"], "lao": ["Hủa Phăn"], "direction": "la_to_vn",
    },
    {
        "key": "dienbien-luangnamtha-signing",
        "title": "Điện Biên và Luổng Nặm Thà ký biên bản hợp tác giai đoạn 2026 - 2030",
        "lead": "Sáng {d0}, tại thành phố Điện Biên Phủ, Đoàn đại biểu tỉnh Luổng Nặm Thà (Lào) do đồng chí Bun Xổm Phăn Thạ Vông - Tỉnh trưởng làm Trưởng đoàn đã hội đàm và ký kết biên bản hợp tác với tỉnh Điện Biên.",
        "paragraphs": [
            "Đón và làm việc với đoàn có đồng chí Nguyễn Thanh Hà - Chủ tịch UBND tỉnh Điện Biên cùng lãnh đạo các sở, ban, ngành.",
            "Theo biên bản được ký kết, hai tỉnh sẽ hợp tác trong các lĩnh vực giáo dục, y tế, thương mại và phòng, chống tội phạm ma túy qua biên giới.",
            "Tỉnh Điện Biên cam kết tiếp nhận 40 lưu học sinh của tỉnh Luổng Nặm Thà sang học tập mỗi năm.",
        ],
        "days_ago": 3, "relevant": True, "vn": ["Điện Biên"], "lao": ["Luổng Nặm Thà"], "direction": "la_to_vn",
    },
    {
        "key": "nghean-xiengkhouang-aid",
        "title": "Nghệ An trao tặng tỉnh Xiêng Khoảng 500 triệu đồng xây dựng trạm y tế",
        "lead": "Ngày {d0}, đoàn công tác tỉnh Nghệ An do đồng chí Trần Quốc Bảo - Phó Chủ tịch UBND tỉnh dẫn đầu đã sang thăm và trao tặng tỉnh Xiêng Khoảng (Lào) 500 triệu đồng hỗ trợ xây dựng trạm y tế tại huyện Noong Hét.",
        "paragraphs": [
            "Tiếp nhận khoản hỗ trợ, đồng chí Xỉ Vi Lay Xẻng Chăn - Phó Tỉnh trưởng tỉnh Xiêng Khoảng cảm ơn sự giúp đỡ chí tình của Đảng bộ, chính quyền và nhân dân tỉnh Nghệ An.",
            "Công trình dự kiến hoàn thành trong năm tới, phục vụ khám chữa bệnh cho hơn 5.000 người dân các bản vùng biên.",
        ],
        "days_ago": 4, "relevant": True, "vn": ["Nghệ An"], "lao": ["Xiêng Khoảng"], "direction": "vn_to_la",
    },
    {
        "key": "quangtri-savannakhet-border",
        "title": "Bộ đội Biên phòng Quảng Trị hội đàm với lực lượng bảo vệ biên giới tỉnh Savannakhet",
        "lead": "Ngày {d0}, tại Đồn Biên phòng cửa khẩu quốc tế Lao Bảo, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị đã hội đàm với Ban Chỉ huy Quân sự tỉnh Savannakhet (Lào).",
        "paragraphs": [
            "Đoàn đại biểu lực lượng vũ trang tỉnh Savannakhet do Đại tá Khăm Pheng Xổm Phệt làm Trưởng đoàn.",
            "Hai bên thống nhất duy trì tuần tra song phương, trao đổi thông tin và phối hợp đấu tranh với các loại tội phạm trên tuyến biên giới.",
        ],
        "days_ago": 5, "relevant": True, "vn": ["Quảng Trị"], "lao": ["Xa Vẳn Na Khệt"], "direction": "la_to_vn",
    },
    # --- look-alikes that must be refused -------------------------------------------------------
    {
        "key": "domestic-delegation",
        "title": "Đoàn công tác Trung ương thăm và làm việc tại tỉnh Lai Châu",
        "lead": "Ngày {d0}, Đoàn công tác của Ban Tổ chức Trung ương do đồng chí Nguyễn Quang Vinh làm Trưởng đoàn đã đến thăm và làm việc tại tỉnh Lai Châu.",
        "paragraphs": [
            "Tiếp và làm việc với đoàn có đồng chí Bí thư Tỉnh ủy Lai Châu cùng lãnh đạo các sở, ngành của tỉnh.",
            "Đoàn đã nghe báo cáo về công tác tổ chức, cán bộ và việc sắp xếp bộ máy chính quyền hai cấp tại địa phương.",
        ],
        "days_ago": 1, "relevant": False,
    },
    {
        "key": "china-talks",
        "title": "Lai Châu hội đàm với châu Hồng Hà (Trung Quốc)",
        "lead": "Chiều {d0}, tại thành phố Lai Châu, Đoàn đại biểu tỉnh Lai Châu đã hội đàm với Đoàn đại biểu châu Hồng Hà, tỉnh Vân Nam (Trung Quốc).",
        "paragraphs": [
            "Hai bên trao đổi về hợp tác quản lý biên giới, phát triển cửa khẩu và giao thương giữa hai địa phương.",
            "Đoàn đại biểu châu Hồng Hà cảm ơn sự đón tiếp nồng hậu của tỉnh Lai Châu.",
        ],
        "days_ago": 2, "relevant": False,
    },
    {
        "key": "drug-bust",
        "title": "Bắt đối tượng vận chuyển 5.000 viên ma túy từ Lào vào Việt Nam",
        "lead": "Ngày {d0}, Bộ đội Biên phòng tỉnh Nghệ An cho biết đã bắt giữ một đối tượng vận chuyển trái phép 5.000 viên ma túy tổng hợp từ Lào vào Việt Nam.",
        "paragraphs": [
            "Đối tượng bị bắt giữ khi đang đi đường mòn qua biên giới tại xã Na Ngoi. Tang vật thu giữ gồm ma túy và một xe máy.",
            "Vụ việc đang được chuyên án tiếp tục điều tra, mở rộng.",
        ],
        "days_ago": 2, "relevant": False,
    },
    {
        "key": "football",
        "title": "Đội tuyển Việt Nam thắng đội tuyển Lào 3-0 tại vòng loại Asian Cup",
        "lead": "Tối {d0}, đội tuyển Việt Nam đã có chiến thắng 3-0 trước đội tuyển Lào trong trận đấu thuộc vòng loại Asian Cup.",
        "paragraphs": [
            "Các bàn thắng được ghi trong hiệp hai sau nhiều pha phối hợp đẹp mắt của các tiền đạo.",
            "Với kết quả này, đội tuyển Việt Nam tạm dẫn đầu bảng đấu, HLV trưởng hài lòng với tinh thần thi đấu của các cầu thủ.",
        ],
        "days_ago": 3, "relevant": False,
    },
    {
        "key": "laocai",
        "title": "Lào Cai đón đoàn công tác tỉnh Yên Bái",
        "lead": "Ngày {d0}, lãnh đạo tỉnh Lào Cai đã đón tiếp và làm việc với đoàn công tác của xã Khổng Lào về mô hình du lịch cộng đồng.",
        "paragraphs": [
            "Hai bên chia sẻ kinh nghiệm trong phát triển du lịch gắn với bảo tồn văn hóa các dân tộc.",
        ],
        "days_ago": 4, "relevant": False,
    },
    {
        "key": "essay",
        "title": "Quan hệ Việt Nam - Lào: tình hữu nghị vĩ đại, đoàn kết đặc biệt",
        "lead": "Nhìn lại quá trình xây dựng và phát triển, mối quan hệ đặc biệt Việt Nam - Lào là tài sản vô giá của hai dân tộc.",
        "paragraphs": [
            "Trải qua lịch sử đấu tranh giành độc lập, hai nước luôn kề vai sát cánh, thủy chung, trong sáng.",
            "Truyền thống ấy được các thế hệ lãnh đạo và nhân dân hai nước vun đắp, trở thành trang sử vẻ vang.",
            "Kỷ niệm các ngày lễ lớn là dịp để ôn lại truyền thống và khẳng định quyết tâm gìn giữ mối quan hệ đặc biệt.",
        ],
        "days_ago": 5, "relevant": False,
    },
]
