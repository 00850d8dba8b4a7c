// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/result.h"
#include "tm/segment/srx_document.h"

#include <QByteArray>

namespace terjime::segment {

// Reads an SRX 1.0 or 2.0 document as real tools write it (any namespace prefix, CRLF line ends, Okapi's extension
// options). Errors name `fileName`, line and column. The patterns are not compiled here: see SrxSegmenter.
core::Result<SrxDocument> readSrx(const QByteArray &xml, const QString &fileName);

// Writes `document` as SRX 2.0 in a stable layout: the same document always gives the same bytes.
QByteArray writeSrx(const SrxDocument &document);

} // namespace terjime::segment
