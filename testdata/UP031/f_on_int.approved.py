a = f'{len(done):.1f}%'
