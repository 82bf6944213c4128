/**
 * The next-token distribution view: the bars of the selected position, its temperature and decoding. Its data come
 * from the episode feature's {@link org.agenticrl.app.episode.SelectionModel}.
 */
package org.agenticrl.app.distribution;
