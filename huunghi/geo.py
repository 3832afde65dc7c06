"""Where to draw each side on the archive's map: the provincial capitals of Vietnam (the 63 provinces
before the 2025 merger, which older visits name; a merged province keeps its name and its point) and
of Laos, rounded to about 0.05°. Public geographic facts, typed from public references (GeoNames,
CC BY 4.0, has them all); no tiles, fonts or scripts are fetched — the map is inline SVG.
A national body is drawn at its country's capital."""

from __future__ import annotations

from dataclasses import dataclass

VN = {  # name: (latitude, longitude) of the capital
    "Hà Nội": (21.03, 105.85), "Hà Giang": (22.82, 104.98), "Cao Bằng": (22.67, 106.26), "Bắc Kạn": (22.15, 105.83),
    "Tuyên Quang": (21.82, 105.21), "Lào Cai": (22.48, 103.97), "Điện Biên": (21.39, 103.02), "Lai Châu": (22.40, 103.46),
    "Sơn La": (21.33, 103.91), "Yên Bái": (21.72, 104.90), "Hòa Bình": (20.82, 105.34), "Thái Nguyên": (21.59, 105.85),
    "Lạng Sơn": (21.85, 106.76), "Quảng Ninh": (20.95, 107.08), "Bắc Giang": (21.27, 106.19), "Phú Thọ": (21.32, 105.40),
    "Vĩnh Phúc": (21.31, 105.60), "Bắc Ninh": (21.18, 106.07), "Hải Dương": (20.94, 106.33), "Hải Phòng": (20.86, 106.68),
    "Hưng Yên": (20.65, 106.05), "Thái Bình": (20.45, 106.34), "Hà Nam": (20.54, 105.91), "Nam Định": (20.42, 106.17),
    "Ninh Bình": (20.25, 105.97), "Thanh Hóa": (19.81, 105.78), "Nghệ An": (18.67, 105.68), "Hà Tĩnh": (18.34, 105.91),
    "Quảng Bình": (17.47, 106.62), "Quảng Trị": (16.82, 107.10), "Huế": (16.46, 107.59), "Thừa Thiên Huế": (16.46, 107.59),
    "Đà Nẵng": (16.05, 108.20), "Quảng Nam": (15.57, 108.47), "Quảng Ngãi": (15.12, 108.80), "Bình Định": (13.78, 109.22),
    "Phú Yên": (13.09, 109.30), "Khánh Hòa": (12.24, 109.19), "Ninh Thuận": (11.56, 108.99), "Bình Thuận": (10.93, 108.10),
    "Kon Tum": (14.35, 108.00), "Gia Lai": (13.98, 108.00), "Đắk Lắk": (12.67, 108.04), "Đắk Nông": (12.00, 107.69),
    "Lâm Đồng": (11.94, 108.44), "Bình Phước": (11.54, 106.89), "Tây Ninh": (11.31, 106.10), "Bình Dương": (10.98, 106.65),
    "Đồng Nai": (10.95, 106.82), "Bà Rịa – Vũng Tàu": (10.50, 107.17), "Thành phố Hồ Chí Minh": (10.78, 106.70),
    "Long An": (10.54, 106.41), "Tiền Giang": (10.36, 106.36), "Bến Tre": (10.24, 106.38), "Trà Vinh": (9.93, 106.35),
    "Vĩnh Long": (10.25, 105.97), "Đồng Tháp": (10.46, 105.63), "An Giang": (10.39, 105.44), "Kiên Giang": (10.01, 105.08),
    "Cần Thơ": (10.03, 105.78), "Hậu Giang": (9.78, 105.47), "Sóc Trăng": (9.60, 105.97), "Bạc Liêu": (9.29, 105.72),
    "Cà Mau": (9.18, 105.15),
}
LAO = {
    "Phông Sa Lỳ": (21.68, 102.10), "Luổng Nặm Thà": (20.95, 101.40), "U Đôm Xay": (20.69, 101.98),
    "Bò Kẹo": (20.28, 100.41), "Luông Pha Bang": (19.89, 102.13), "Hủa Phăn": (20.42, 104.05),
    "Xay Nha Bu Ly": (19.25, 101.71), "Xiêng Khoảng": (19.45, 103.19), "Viêng Chăn": (18.49, 102.41),
    "Thủ đô Viêng Chăn": (17.97, 102.61), "Bô Ly Khăm Xay": (18.39, 103.66), "Khăm Muồn": (17.40, 104.80),
    "Xa Vẳn Na Khệt": (16.57, 104.75), "Xa La Văn": (15.72, 106.42), "Sê Kông": (15.35, 106.72),
    "Chăm Pa Xắc": (15.12, 105.80), "Át Tạp Pư": (14.81, 106.83), "Xay Sổm Bun": (18.86, 102.93),
}
VN_CAPITAL, LAO_CAPITAL = "Hà Nội", "Thủ đô Viêng Chăn"

# the drawing: equirectangular (the area is small), framed on the sides drawn, never smaller than Laos
LAOS_FRAME = (100.0, 108.0, 13.5, 23.0)  # west, east, south, north
PAD = 0.6
LABEL_ROOM = 1.4  # degrees beside the outermost points for their names
WIDTH = 520


def _where(name: str, side: str) -> tuple[float, float]:
    table, capital = (VN, VN_CAPITAL) if side == "vn" else (LAO, LAO_CAPITAL)
    return table.get(name) or table[capital]


@dataclass
class MapView:
    width: int
    height: int
    lines: list[dict]  # x1 y1 x2 y2 width n vn lao
    points: list[dict]  # x y name side n
    context: list[dict]  # every other capital in the frame, faint: where the countries lie


def map_view(pairs: list[tuple[str, str, int]], label=lambda name, side: name) -> MapView:
    """Points for every side that exchanged, lines whose width grows with the visits of the pair."""
    places = {(vn, "vn") for vn, _, _ in pairs} | {(la, "la") for _, la, _ in pairs}
    coords = [_where(n, s) for n, s in places]
    west = min([LAOS_FRAME[0]] + [lon - LABEL_ROOM for _, lon in coords])
    east = max([LAOS_FRAME[1]] + [lon + LABEL_ROOM for _, lon in coords])
    south = min([LAOS_FRAME[2]] + [lat - PAD for lat, _ in coords])
    north = max([LAOS_FRAME[3]] + [lat + PAD for lat, _ in coords])
    height = round(WIDTH * (north - south) / (east - west))

    def xy(name: str, side: str) -> tuple[float, float]:
        lat, lon = _where(name, side)
        return round((lon - west) / (east - west) * WIDTH, 1), round((north - lat) / (north - south) * height, 1)

    top = max((n for *_, n in pairs), default=1)
    lines, totals = [], {}
    for vn, la, n in pairs:
        (x1, y1), (x2, y2) = xy(vn, "vn"), xy(la, "la")
        lines.append({"x1": x1, "y1": y1, "x2": x2, "y2": y2, "width": round(1 + 7 * n / top, 1), "n": n,
                      "vn": label(vn, "vn"), "lao": label(la, "la")})
        totals[(vn, "vn")] = totals.get((vn, "vn"), 0) + n
        totals[(la, "la")] = totals.get((la, "la"), 0) + n
    points = []
    for (name, side), n in sorted(totals.items(), key=lambda kv: -kv[1]):
        x, y = xy(name, side)
        # Lao names to the left of their point, Vietnamese ones to the right: the border runs between
        points.append({"x": x, "y": y, "name": label(name, side), "side": side, "n": n,
                       "tx": x - 6 if side == "la" else x + 6, "anchor": "end" if side == "la" else "start"})
    context = []
    for side, table in (("vn", VN), ("la", LAO)):
        for name, (lat, lon) in table.items():
            if (name, side) not in totals and west <= lon <= east and south <= lat <= north:
                x, y = xy(name, side)
                context.append({"x": x, "y": y, "name": label(name, side), "side": side})
    return MapView(WIDTH, height, lines, points, context)
