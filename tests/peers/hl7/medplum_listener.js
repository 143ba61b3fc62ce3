'use strict';
// An MLLP listener that is not ours: @medplum/hl7's Hl7Connection, wrapped in a net.Server bound to
// 127.0.0.1 (the library's own Hl7Server.start() would bind every interface). Every message is answered
// with the library's message.buildAck(). Usage: node medplum_listener.js PORT (NODE_PATH must point to
// tests/peers/node/node_modules).
const net = require('net');
const { Hl7Connection } = require('@medplum/hl7');

const port = Number(process.argv[2]);
const server = net.createServer((socket) => {
  const connection = new Hl7Connection(socket);
  connection.addEventListener('message', (event) => {
    console.log('received ' + event.message.getSegment('MSH').getField(10).toString());
    connection.send(event.message.buildAck());
  });
  connection.addEventListener('error', (event) => console.error('error: ' + event.error.message));
});
server.listen(port, '127.0.0.1', () => console.log('listening on 127.0.0.1:' + port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
