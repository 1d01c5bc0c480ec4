# Tests of the simulator's apps module.
