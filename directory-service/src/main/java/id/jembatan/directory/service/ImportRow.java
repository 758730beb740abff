package id.jembatan.directory.service;

import java.util.List;

/** One row of an import, as uploaded; {@code line} is where it starts in the file. */
record ImportRow(int line, String scheme, String code, String name, String localName, String country, String level,
                 String kind, String kindEn, String parentScheme, String parentCode, List<String> altNames,
                 List<String> extraCodes, String validFrom, String source, String error) {
}
