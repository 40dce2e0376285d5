"""Alerts: alert-worthy events become outbox rows, and outbox rows become e-mails and webhook calls.

settings.py reads [alerts]; outbox.py queues and dispatches; email.py and webhook.py are the
channels. Nothing is imported here, so monitor.config can import the settings cheaply.
"""
