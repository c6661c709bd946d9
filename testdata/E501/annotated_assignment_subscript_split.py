xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: Dict[Tuple[str, str, int], Listtttttttttttttttttttttt[int]] = aaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbb.cccccccccccccccccccccccccc + ddddddddddddddd
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: Dict[Tuple[str, str, int], Listtttttttttttttttttttttt[int]] = aaaaaaaaaaaaaaa + bbbbbbbbbbbbbbb
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: Dict[Tuple[str, str, int], Listtttttttttttttttttttttt[int]] = fffffffff(aaaaaaaaaaaaaaa, bbbbbbbbbbbbbbb)
