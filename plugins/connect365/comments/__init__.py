"""Conversation: reply by email, and comments the blog owns (an Isso server), rendered into pages."""
