"""The few words the challenge's Python writes itself; every other word is in the templates.

Kept in one place so that the theme's translation can find them.
"""

# A round's name on its pages when CHALLENGES gives it no `label`: "Round 2".
ROUND_LABEL = "Round {number}"
# A day of a round: "Year 2 · Day 12"; of the only round: "Day 12".
DAY_OF_ROUND = "{label} · Day {day}"
DAY = "Day {day}"
