a = f'{second} before {first}'
