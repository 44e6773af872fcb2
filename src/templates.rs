//! Built-in templates for new blueprints.
