// A deliberately misplaced include, for the test that proves check_layer_includes.sh fails on one.
#pragma once
#include "pages/WizardContext.h"
