"""Classifier and visit extractor: plain functions of text (+ publication time)."""
