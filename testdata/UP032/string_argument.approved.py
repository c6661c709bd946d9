a = 'text'
