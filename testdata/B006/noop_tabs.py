class C:
	def f(self, a=[]):
		"""Doc."""
		return len(a)
