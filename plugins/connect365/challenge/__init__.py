"""The challenge: its model, its content rules, its pages."""
