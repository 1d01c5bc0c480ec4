#pragma once

#include "entra/CloudEndpoints.h"

#include <QUrl>

// The global cloud's endpoints with sign-in and Graph served by a scripted double at `base` (plain loopback
// http): for unit tests of one client's logic. Tests of the product against the simulated world use the real
// endpoints through the simulator's proxy instead (SimFixture).
inline insightly::entra::CloudEndpoints endpointsServedBy(const QUrl &base)
{
    insightly::entra::CloudEndpoints endpoints =
        insightly::entra::CloudEndpoints::forCloud(insightly::entra::Cloud::Global);
    endpoints.authorityBase = base;
    endpoints.graphBase = base;
    endpoints.graphBase.setPath(QStringLiteral("/v1.0"));
    return endpoints;
}
