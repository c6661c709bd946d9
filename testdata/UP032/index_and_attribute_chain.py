a = '{0.users[0].name}'.format(self)
