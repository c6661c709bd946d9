def f(a):
    return self.assertEqual(response.status_code, 200, msg=f"Unexpected status code {response.status}")
