# Sources of wizard/browser (target insightly_wizard).
