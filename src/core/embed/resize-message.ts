/**
 * What the widget tells the page that embeds it. Namespaced, so a host page that also talks to
 * other frames can tell it apart; public/embed.js checks the same shape by hand.
 */
export interface ResizeMessage {
  type: 'promptmeter:resize'
  /** Content height in CSS pixels. */
  height: number
}

export const resizeMessage = (height: number): ResizeMessage => ({
  type: 'promptmeter:resize',
  height: Math.ceil(height),
})
