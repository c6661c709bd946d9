x = {"aaaaaaaaaaaaaaaaa": 1, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": 2, "cccccccccccccccccccccccccccccc": [1, 2, 3]}
