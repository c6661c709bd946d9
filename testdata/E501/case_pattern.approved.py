match command:
    case {"action": "move", "direction": direction, "speed": speed} | {
        "go": direction
    } if direction in valid_directions:
        pass
    case Point(x=0, y=0) | Point(x=1, y=1) | Point(x=2, y=2) | Point(x=3, y=3) | Point(
        x=4, y=4
    ):
        pass
