# Sources of wizard/entra (target insightly_wizard).
