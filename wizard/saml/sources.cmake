# Sources of wizard/saml (target insightly_wizard).
