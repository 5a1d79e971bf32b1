"""Briefings: what a printed brief on one actor or on the whole network says (no Qt here).

:mod:`~matchmaker.briefings.actor_brief` and :mod:`~matchmaker.briefings.network_brief` gather the
content — already filtered by :func:`matchmaker.visibility.visible_network` and translated into the
current language — and :mod:`matchmaker.ui.briefing_pdf` draws it with Qt's PDF writer.
"""
