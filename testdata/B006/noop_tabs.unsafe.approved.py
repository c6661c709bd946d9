class C:
	def f(self, a=None):
		"""Doc."""
		if a is None:
			a = []
		return len(a)
