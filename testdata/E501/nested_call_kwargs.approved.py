parser.add_argument(
    "--output-directory", type=str, default=None, help="where the output files go"
)
