"""Alerts: alert-worthy events become outbox rows, and outbox rows become e-mails and webhook calls.

The [alerts] section is read with the rest of the config (monitor/config/alerts.py); outbox.py
queues and dispatches; email.py, webhook.py and apprise.py are the channels.
"""
