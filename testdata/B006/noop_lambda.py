key = lambda x, seen=[]: x in seen
