# Sources of wizard/pages (target insightly_wizard).
