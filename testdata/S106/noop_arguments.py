connect(password="hunter2")
connect(db_password="x", secret_key="x", user="x")
connect(password="", token_type="bearer", auth_token_url="https://example.com")
connect(password=get_password(), **options)
