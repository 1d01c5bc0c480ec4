# Tests of the simulator's insightly module.
