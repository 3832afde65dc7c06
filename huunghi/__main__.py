from huunghi.cli import main

main()
