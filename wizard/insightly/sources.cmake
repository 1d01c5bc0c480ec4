# Sources of wizard/insightly (target insightly_wizard).
