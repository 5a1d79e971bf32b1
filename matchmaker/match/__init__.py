"""Reciprocal, explained partner recommendations that learn from outcomes.

``PartnerRecommender().fit(net).recommend(actor_id)`` gives :class:`Suggestion` objects;
``recommend_for(store, keys)`` loads and fits once for several actors; ``evaluate`` hides
the ties that formed later (or at random) and compares the model with the baselines. Qt-free; scikit-learn is imported only where used.
"""

from matchmaker.match.features import FEATURE_NAMES
from matchmaker.match.learning import DEFAULT_WEIGHTS
from matchmaker.match.model import PartnerRecommender
from matchmaker.match.service import fitted_recommender, recommend_for
from matchmaker.match.suggestion import Suggestion

__all__ = [
    "DEFAULT_WEIGHTS",
    "FEATURE_NAMES",
    "PartnerRecommender",
    "Suggestion",
    "fitted_recommender",
    "recommend_for",
]
