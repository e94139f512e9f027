"""Tests of the production profile (deploy/)."""
