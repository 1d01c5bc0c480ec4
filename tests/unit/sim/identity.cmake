# Tests of the simulator's identity module.
