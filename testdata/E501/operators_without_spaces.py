x = abcdefgh+abcdefgh+abcdefgh+abcdefgh+abcdefgh+abcdefgh+abcdefgh+abcdefgh+abcdefgh+abcdefgh+abcdefgh+abcdefgh
