class A:
    def f(self):
        self.tagdefs = {
            "COMMENT": idleConf.GetHighlight(theme, "comment"),
            # a comment on its own line that is long enough to push this statement past the limit
            "hit": idleConf.GetHighlight(theme, "hit"),
        }
