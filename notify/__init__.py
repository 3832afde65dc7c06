"""Subscribers, digest selection, rendering and delivery."""
