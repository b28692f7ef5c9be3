"""Finding mentions: candidates from the model and the rules, resolved into ``doc.ents``."""
