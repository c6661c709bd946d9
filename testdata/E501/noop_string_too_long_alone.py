x = "this string is so long that it cannot fit on any line no matter how the statement gets wrapped at all"
