/**
 * JFreeChart pieces shared by several features: the theme's colours and fonts applied to a chart
 * ({@link org.agenticrl.app.chart.ChartStyle}) and the token-distribution bar chart used by the distribution view and
 * by training's drift view. Charts are changed on the FX thread only, once per batch of data.
 */
package org.agenticrl.app.chart;
