config = {
    "servers": [
        {"host": "alpha.example.com", "port": 8080},
        {"host": "beta.example.com", "port": 9090},
    ]
}
