value = call_one(alpha_argument, beta_argument)[key] + call_two(gamma_argument, delta_x, epsilon_y)  # pyrefly: ignore
