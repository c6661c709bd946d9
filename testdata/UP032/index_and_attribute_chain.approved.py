a = f'{self.users[0].name}'
