// The program passes `ws` to the client as its WebSocket implementation and needs no more of its types.
declare module 'ws' {
  const WebSocket: unknown;
  export default WebSocket;
}
