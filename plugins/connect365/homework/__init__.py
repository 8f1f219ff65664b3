"""Homework entries: the model, the rules, the generator that reads them."""
