// Labelled needs, written the way founders write them (full diacritics, none at all, English,
// short and long, some deliberately ambiguous: the label is the need a broker would file it
// under). Written before the classifier was built or tuned.
// `heldOutFixtures` were never inspected while tuning keywords or weights: only their
// aggregate accuracy is reported (classifier.test.ts, docs/REFERENCE.md "Need classifier").
import type { NeedCategoryCode } from '@ketnoi/seeds';

export interface NeedFixture {
  title: string;
  description: string;
  category: NeedCategoryCode;
}

export const tuningFixtures: NeedFixture[] = [
  // trademark
  {
    title: 'Đăng ký nhãn hiệu Mật ong chanh rừng Chi Lăng',
    description: 'Sản phẩm đã bán được 2 năm nhưng chưa đăng ký nhãn hiệu. Cần hướng dẫn tra cứu, chuẩn bị hồ sơ và nộp đơn.',
    category: 'trademark',
  },
  {
    title: 'dang ky nhan hieu cho mat ong',
    description: 'can tu van thu tuc dang ky nhan hieu, mat bao lau thi co van bang',
    category: 'trademark',
  },
  {
    title: 'Bị làm nhái bao bì và tên sản phẩm',
    description: 'Một cơ sở khác bán hàng giả dùng tên giống hệt sản phẩm của mình. Muốn bảo vệ quyền, cần làm gì?',
    category: 'trademark',
  },
  {
    title: 'Xây dựng chỉ dẫn địa lý cho hồi Lạng Sơn',
    description: 'Hội sản xuất muốn làm hồ sơ chỉ dẫn địa lý / nhãn hiệu tập thể cho hoa hồi của địa phương.',
    category: 'trademark',
  },
  {
    title: 'Trademark registration for export',
    description: 'We plan to sell dried fruit to Japan. Do we need to register our trademark internationally (Madrid) first?',
    category: 'trademark',
  },
  {
    title: 'Bảo hộ kiểu dáng chiếc giỏ mây',
    description: 'Mẫu giỏ mây tre do xưởng tự thiết kế, nhiều nơi chép lại. Có đăng ký kiểu dáng công nghiệp được không?',
    category: 'trademark',
  },
  {
    title: 'Đăng ký bản quyền phần mềm quản lý trang trại',
    description: 'Nhóm tự viết phần mềm, muốn đăng ký quyền tác giả trước khi bán cho HTX.',
    category: 'trademark',
  },
  {
    title: 'Tên thương hiệu bị trùng',
    description: 'Tra cứu thấy tên dự kiến đã có người đăng ký ở nhóm 30. Cần chuyên gia sở hữu trí tuệ tư vấn đổi tên hay phản đối.',
    category: 'trademark',
  },
  {
    title: 'Đăng ký thương hiệu cho sản phẩm miến',
    description: 'Muốn đăng ký thương hiệu độc quyền cho miến ngô Thuận Anh.',
    category: 'trademark',
  },
  {
    title: 'IP protection before pitching',
    description: 'Worried that showing our device at the startup fair means someone copies it. How do we protect the invention?',
    category: 'trademark',
  },
  // standards
  {
    title: 'Làm mã vạch, tem truy xuất nguồn gốc',
    description: 'Cần đăng ký mã số mã vạch GS1 và in tem QR truy xuất cho thạch đen.',
    category: 'standards',
  },
  {
    title: 'Điều kiện để hàng vào siêu thị',
    description:
      'Happy Mart yêu cầu thạch đen phải có nhãn đúng quy định, giấy chứng nhận an toàn thực phẩm và mã vạch. Chưa có cái nào, cần hỗ trợ từng bước.',
    category: 'standards',
  },
  {
    title: 'Kiểm nghiệm chỉ tiêu vi sinh cho mật ong',
    description: 'Gửi mẫu kiểm nghiệm ở đâu gần Lạng Sơn, chi phí bao nhiêu, bao lâu có phiếu kết quả?',
    category: 'standards',
  },
  {
    title: 'Chuẩn bị hồ sơ đánh giá OCOP 3 sao',
    description: 'Sản phẩm miến ngô muốn tham gia đánh giá phân hạng OCOP năm nay, cần người hướng dẫn hoàn thiện hồ sơ và tiêu chí.',
    category: 'standards',
  },
  {
    title: 'ghi nhan san pham dung quy dinh',
    description: 'nhan in tren tui chua co ngay san xuat, han dung, dinh luong. so bi phat khi ban ra thi truong',
    category: 'standards',
  },
  {
    title: 'VietGAP certification for our tea garden',
    description: 'We have 3 ha of tea. What does it take to get VietGAP or organic certification, and who can audit us?',
    category: 'standards',
  },
  {
    title: 'Xây dựng tiêu chuẩn cơ sở cho trà túi lọc',
    description: 'Cần soạn TCCS và công bố chất lượng cho sản phẩm trà giảo cổ lam túi lọc.',
    category: 'standards',
  },
  {
    title: 'Đạt chuẩn HACCP cho xưởng chế biến',
    description: 'Đối tác nước ngoài đòi chứng nhận HACCP hoặc ISO 22000. Nhà xưởng cần sửa gì?',
    category: 'standards',
  },
  {
    title: 'công bố hợp quy đồ chơi gỗ',
    description: 'Đồ chơi gỗ cho trẻ em phải công bố hợp quy theo QCVN mới được bán, cần đơn vị thử nghiệm.',
    category: 'standards',
  },
  {
    title: 'Quality control for dried bamboo shoots',
    description: 'Batches are inconsistent in moisture and colour; buyers complain. Need help to set quality criteria and testing.',
    category: 'standards',
  },
  // distribution
  {
    title: 'đưa sản phẩm vào siêu thị',
    description: 'Muốn đưa thạch đen vào chuỗi siêu thị ở Hà Nội, chưa biết liên hệ ai, chiết khấu bao nhiêu.',
    category: 'distribution',
  },
  {
    title: 'Tìm nhà phân phối miến ngô ở miền Nam',
    description: 'Hiện bán tốt ở Lạng Sơn, Hà Nội. Cần đại lý hoặc nhà phân phối ở TP Hồ Chí Minh.',
    category: 'distribution',
  },
  {
    title: 'Lên sàn Shopee, Lazada',
    description: 'Muốn mở gian hàng trên sàn thương mại điện tử cho sản phẩm ba kích, không biết thủ tục và cách vận chuyển.',
    category: 'distribution',
  },
  {
    title: 'Kết nối hội chợ thương mại',
    description: 'Năm ngoái tham gia hội chợ bán được nhiều, năm nay muốn đi thêm 2-3 hội chợ ở Hà Nội, Đà Nẵng.',
    category: 'distribution',
  },
  {
    title: 'tim dau ra cho sam ngoc linh',
    description: 'vuon sam dang cho thu hoach, can doi tac thu mua on dinh hoac cua hang duoc lieu',
    category: 'distribution',
  },
  {
    title: 'Wholesale buyers for cinnamon',
    description:
      'We produce 10 tons of cassia cinnamon a year and want to sell to exporters or food companies directly instead of middlemen.',
    category: 'distribution',
  },
  {
    title: 'Bán cho bếp ăn trường học',
    description: 'Rau hữu cơ của HTX muốn cung cấp cho bếp ăn các trường và nhà hàng trong tỉnh. Cần kết nối người mua.',
    category: 'distribution',
  },
  {
    title: 'Hợp đồng bao tiêu dược liệu',
    description: 'Cần doanh nghiệp ký hợp đồng bao tiêu cà gai leo cho bà con trồng.',
    category: 'distribution',
  },
  {
    title: 'Đưa nông sản lên Postmart và cửa hàng OCOP',
    description: 'Tỉnh có chương trình đưa sản phẩm lên sàn Postmart, Voso; muốn đăng ký tham gia cho 4 sản phẩm.',
    category: 'distribution',
  },
  {
    title: 'Export channel for handmade brocade',
    description: 'Looking for fair-trade shops or importers in Europe that buy handwoven textiles.',
    category: 'distribution',
  },
  // workspace
  {
    title: 'cần chỗ ngồi làm việc 10 ngày',
    description: 'Nhóm Tumany cần không gian để làm việc và tổ chức vài buổi gặp học sinh trong 10 ngày.',
    category: 'workspace',
  },
  {
    title: 'Không gian làm việc chung cho nhóm 3 người',
    description: 'Xin đăng ký chỗ ngồi ở khu làm việc chung của Sở, cần bàn, wifi và chỗ để tài liệu.',
    category: 'workspace',
  },
  {
    title: 'Thuê văn phòng nhỏ giá rẻ ở trung tâm',
    description: 'Công ty mới thành lập cần văn phòng 15-20m2, chỉ để tiếp khách và đặt địa chỉ.',
    category: 'workspace',
  },
  {
    title: 'Mượn phòng họp để gặp đối tác',
    description: 'Tuần sau có đối tác từ Hà Nội lên, cần phòng họp lịch sự khoảng 10 người trong một buổi.',
    category: 'workspace',
  },
  {
    title: 'Cần mặt bằng làm xưởng nhỏ',
    description: 'Đang làm ở nhà chật, cần thuê mặt bằng khoảng 100m2 gần quốc lộ để đặt máy và làm kho.',
    category: 'workspace',
  },
  {
    title: 'co-working space in Huế',
    description: 'Remote developer team of 2 wants a desk in a co-working space for 6 months, with good internet.',
    category: 'workspace',
  },
  {
    title: 'Địa điểm tổ chức Demo Day',
    description: 'Chương trình ươm tạo cần hội trường 200 chỗ, có âm thanh, máy chiếu cho ngày trình diễn dự án.',
    category: 'workspace',
  },
  {
    title: 'kho lanh de hang',
    description: 'can thue kho lanh hoac cho de hang rau qua truoc khi giao, khoang 20m3',
    category: 'workspace',
  },
  {
    title: 'Phòng trưng bày sản phẩm',
    description: 'Muốn có một góc trưng bày sản phẩm thủ công tại trung tâm hỗ trợ khởi nghiệp để khách du lịch ghé xem.',
    category: 'workspace',
  },
  {
    title: 'Need a place to run weekend workshops',
    description: 'Looking for a room for 30 people on Saturdays to run coding clubs for kids.',
    category: 'workspace',
  },
  // funding
  {
    title: 'tìm nhà đầu tư vốn mồi',
    description: 'Dự án ở giai đoạn sản phẩm mẫu, cần khoảng 300 triệu vốn mồi để sản xuất lô đầu.',
    category: 'funding',
  },
  {
    title: 'Gọi vốn cho thiết bị điều khiển qua Internet',
    description: 'Nhóm giáo viên trường cao đẳng đã làm xong thiết bị, muốn gặp nhà đầu tư tại ngày hội khởi nghiệp của tỉnh.',
    category: 'funding',
  },
  {
    title: 'Vay vốn ưu đãi cho thanh niên khởi nghiệp',
    description: 'Có chương trình vay lãi suất thấp nào cho dự án nông nghiệp không? Cần thế chấp gì?',
    category: 'funding',
  },
  {
    title: 'Seed funding for edtech app',
    description: 'We are raising a seed round of 2 billion VND, have 1,000 active students. Need intros to angels and VC funds.',
    category: 'funding',
  },
  {
    title: 'xin tai tro tu quy khoi nghiep',
    description: 'nghe noi co quy ho tro du an khoi nghiep doi moi sang tao, minh can biet dieu kien va han nop',
    category: 'funding',
  },
  {
    title: 'Chuẩn bị pitch deck gặp quỹ',
    description: 'Sắp gặp quỹ đầu tư, cần người xem giúp bộ hồ sơ gọi vốn và cách định giá công ty.',
    category: 'funding',
  },
  {
    title: 'Thiếu vốn lưu động mùa thu hoạch',
    description: 'Mùa thu mua hồi cần ứng tiền trước cho bà con khoảng 1 tỷ, ngân hàng chưa cho vay vì thiếu tài sản.',
    category: 'funding',
  },
  {
    title: 'Tìm đối tác góp vốn',
    description: 'Muốn tìm người góp vốn cùng làm xưởng chế biến măng, có thể chia 30% cổ phần.',
    category: 'funding',
  },
  {
    title: 'Grant for environmental project',
    description: 'Is there any grant or public fund for plastic waste collection startups in the Mekong delta?',
    category: 'funding',
  },
  {
    title: 'Tham gia Shark Tank',
    description: 'Muốn chuẩn bị để gọi vốn trên chương trình truyền hình, cần người từng gọi vốn thành công chia sẻ.',
    category: 'funding',
  },
  // mentoring
  {
    title: 'Hoàn thiện mô hình kinh doanh',
    description: 'Dự án hướng nghiệp cho học sinh đang làm miễn phí, chưa biết thu tiền từ ai. Cần cố vấn mô hình doanh thu.',
    category: 'mentoring',
  },
  {
    title: 'can mentor dinh huong phat trien',
    description: 'nhom moi khoi nghiep, nhieu y tuong qua khong biet tap trung vao dau. can nguoi co kinh nghiem dinh huong',
    category: 'mentoring',
  },
  {
    title: 'Tính giá thành sản phẩm',
    description: 'Bán mứt theo cảm tính, không biết lãi lỗ. Cần người giúp tính giá thành, giá bán lẻ và giá sỉ.',
    category: 'mentoring',
  },
  {
    title: 'Business model review',
    description: 'Can an experienced founder review our lean canvas and go-to-market plan for a farm-stay tourism startup?',
    category: 'mentoring',
  },
  {
    title: 'Quản trị hợp tác xã cho hiệu quả',
    description: 'HTX có 25 thành viên, chia lợi nhuận và phân công chưa rõ ràng. Muốn có chuyên gia cố vấn về quản trị.',
    category: 'mentoring',
  },
  {
    title: 'Nghiên cứu thị trường trước khi sản xuất',
    description: 'Định làm sữa hạt đóng chai, cần người giúp khảo sát khách hàng mục tiêu và đối thủ.',
    category: 'mentoring',
  },
  {
    title: 'Chiến lược mở rộng quy mô',
    description: 'Doanh thu năm nay 2 tỷ, muốn mở chi nhánh tỉnh bên. Cần tư vấn chiến lược và quản lý dòng tiền.',
    category: 'mentoring',
  },
  {
    title: 'tham gia chuong trinh uom tao',
    description: 'muon dang ky vao chuong trinh uom tao hoac tang toc de duoc co van 3-6 thang',
    category: 'mentoring',
  },
  {
    title: 'Kế hoạch kinh doanh cho dự án du lịch cộng đồng',
    description: 'Cần viết kế hoạch kinh doanh để trình xã và tìm đối tác, chưa biết bắt đầu từ đâu.',
    category: 'mentoring',
  },
  {
    title: 'Need a mentor with FMCG experience',
    description: 'We sell herbal tea; looking for someone who built a consumer brand to coach the founding team monthly.',
    category: 'mentoring',
  },
  // technology
  {
    title: 'Máy sấy lạnh cho nông sản',
    description: 'Cần tư vấn chọn máy sấy lạnh công suất 200kg/mẻ để sấy măng, chuối, giữ màu đẹp.',
    category: 'technology',
  },
  {
    title: 'Quy trình sản xuất thạch đen quy mô lớn',
    description: 'Đang nấu thủ công, mỗi mẻ chất lượng khác nhau. Muốn chuẩn hóa quy trình, cơ giới hóa khâu nấu và rót.',
    category: 'technology',
  },
  {
    title: 'Phát triển app đặt lịch hướng nghiệp',
    description: 'Cần lập trình viên hoặc đơn vị phát triển ứng dụng di động cho học sinh đặt lịch tư vấn.',
    category: 'technology',
  },
  {
    title: 'IoT greenhouse controller',
    description:
      'Our prototype uses sensors and a relay board; we need help with hardware design for mass production and a mobile dashboard.',
    category: 'technology',
  },
  {
    title: 'chuyen giao cong nghe chiet xuat tinh dau que',
    description: 'muon mua day chuyen chung cat tinh dau que quy mo nho, can don vi chuyen giao cong nghe',
    category: 'technology',
  },
  {
    title: 'Nâng cao năng suất mật ong nuôi ong',
    description: 'Đàn ong năm nay yếu, cần kỹ thuật nuôi ong và thiết bị quay mật phù hợp vùng núi.',
    category: 'technology',
  },
  {
    title: 'Tự động hóa đóng gói miến',
    description: 'Hiện đóng gói tay, muốn đầu tư máy đóng gói bán tự động, cần chuyên gia tư vấn thiết bị.',
    category: 'technology',
  },
  {
    title: 'Công thức chế biến trà thảo dược',
    description: 'Cần phòng thí nghiệm và chuyên gia giúp hoàn thiện công thức phối trộn, giữ hương vị ổn định.',
    category: 'technology',
  },
  {
    title: 'Ứng dụng AI nhận diện sâu bệnh',
    description: 'Nhóm sinh viên muốn làm ứng dụng chụp ảnh lá cà phê để nhận diện bệnh, cần dữ liệu và người hướng dẫn kỹ thuật.',
    category: 'technology',
  },
  {
    title: 'Fix production line for rice noodles',
    description: 'The extruder keeps clogging and noodles break. Looking for an engineer who knows noodle machinery.',
    category: 'technology',
  },
  // legal
  {
    title: 'Thành lập doanh nghiệp',
    description: 'Nhóm muốn thành lập công ty cổ phần để gọi vốn, cần tư vấn thủ tục đăng ký kinh doanh và điều lệ.',
    category: 'legal',
  },
  {
    title: 'Thủ tục thành lập hợp tác xã',
    description: 'Bà con trồng hồi muốn lập HTX, cần hướng dẫn hồ sơ và số thành viên tối thiểu.',
    category: 'legal',
  },
  {
    title: 'Kê khai thuế, hóa đơn điện tử',
    description: 'Hộ kinh doanh mới, chưa biết kê khai thuế và xuất hóa đơn điện tử cho siêu thị.',
    category: 'legal',
  },
  {
    title: 'can luat su tu van hop dong',
    description: 'doi tac dua hop dong mua ban dai 10 trang, nhieu dieu khoan kho hieu. can luat su xem giup',
    category: 'legal',
  },
  {
    title: 'Business registration for a foreign co-founder',
    description: 'One of our founders is Korean. What license and company type do we need to operate legally in Vietnam?',
    category: 'legal',
  },
  {
    title: 'Giấy phép kinh doanh homestay',
    description: 'Mở homestay đón khách nước ngoài cần những giấy phép gì, có phải đăng ký lưu trú không?',
    category: 'legal',
  },
  {
    title: 'Tranh chấp với đối tác cũ',
    description: 'Đối tác cũ không trả tiền hàng 6 tháng nay, muốn biết quyền lợi pháp lý và cách khởi kiện.',
    category: 'legal',
  },
  {
    title: 'Hợp đồng lao động cho thợ thời vụ',
    description: 'Thuê 15 thợ theo mùa vụ, cần mẫu hợp đồng lao động và biết có phải đóng bảo hiểm xã hội không.',
    category: 'legal',
  },
  {
    title: 'Thỏa thuận cổ đông khi nhận vốn',
    description: 'Nhà đầu tư đồng ý rót vốn, gửi bản thỏa thuận cổ đông. Cần luật sư rà soát quyền biểu quyết.',
    category: 'legal',
  },
  {
    title: 'Legal status of selling homemade wine',
    description: 'Do we need a special permit to produce and sell rice wine? What are the legal requirements?',
    category: 'legal',
  },
  // marketing
  {
    title: 'Xây dựng thương hiệu cho mật ong chanh rừng',
    description: 'Sản phẩm ngon nhưng chưa ai biết. Cần làm bộ nhận diện, câu chuyện thương hiệu và kế hoạch truyền thông.',
    category: 'marketing',
  },
  {
    title: 'chay quang cao facebook',
    description: 'fanpage co 2000 nguoi theo doi nhung it don. can nguoi huong dan chay quang cao va viet noi dung',
    category: 'marketing',
  },
  {
    title: 'Thiết kế logo và bao bì mới',
    description: 'Bao bì miến ngô đang là túi nilon trơn, muốn thiết kế logo, bao bì đẹp để làm quà biếu.',
    category: 'marketing',
  },
  {
    title: 'Social media content for eco-tourism',
    description: 'Need someone to shoot photos and short videos and manage our Instagram and TikTok.',
    category: 'marketing',
  },
  {
    title: 'Quảng bá sản phẩm OCOP trên báo, đài',
    description: 'Muốn được giới thiệu trên báo địa phương và truyền hình để nhiều người biết sản phẩm.',
    category: 'marketing',
  },
  {
    title: 'Làm website giới thiệu hợp tác xã',
    description: 'Cần website đơn giản có giới thiệu, hình ảnh sản phẩm và đặt hàng, dễ tự cập nhật.',
    category: 'marketing',
  },
  {
    title: 'Livestream bán hàng với KOC',
    description: 'Muốn hợp tác với KOC, KOL địa phương để livestream giới thiệu đặc sản.',
    category: 'marketing',
  },
  {
    title: 'Chuyển đổi số cho hộ sản xuất',
    description: 'Đưa thông tin sản phẩm lên mạng, dùng Zalo OA chăm sóc khách, số hóa sổ sách bán hàng.',
    category: 'marketing',
  },
  {
    title: 'chup anh san pham dep',
    description: 'anh chup bang dien thoai nhin khong chuyen nghiep. can nguoi chup bo anh san pham de dang len mang',
    category: 'marketing',
  },
  {
    title: 'Brand story for Cơ Tu brocade',
    description: 'We want a clear brand story and visual identity that explains the craft to tourists and buyers.',
    category: 'marketing',
  },
  // training
  {
    title: 'Tập huấn kỹ thuật trồng chè hữu cơ',
    description: 'Bà con trong thôn cần lớp tập huấn về kỹ thuật canh tác chè hữu cơ, bón phân, phòng trừ sâu bệnh.',
    category: 'training',
  },
  {
    title: 'Khóa học quản trị tài chính cho chủ hộ',
    description: 'Muốn tham gia khóa học ngắn về sổ sách, dòng tiền dành cho hộ kinh doanh nhỏ.',
    category: 'training',
  },
  {
    title: 'dao tao ky nang ban hang cho nhan vien',
    description: 'cua hang moi tuyen 5 ban tre, can khoa dao tao ky nang ban hang va cham soc khach',
    category: 'training',
  },
  {
    title: 'Lớp học làm hướng dẫn viên du lịch cộng đồng',
    description: 'Thanh niên trong bản muốn học nghiệp vụ hướng dẫn viên, tiếng Anh giao tiếp để đón khách.',
    category: 'training',
  },
  {
    title: 'Workshop on e-commerce for farmers',
    description: 'We want to organise a one-day training for 40 farmers on opening and running an online shop.',
    category: 'training',
  },
  {
    title: 'Bồi dưỡng kiến thức khởi nghiệp cho giáo viên',
    description: 'Trường cao đẳng muốn tổ chức lớp bồi dưỡng về khởi nghiệp đổi mới sáng tạo cho 25 giáo viên.',
    category: 'training',
  },
  {
    title: 'Học nghề dệt thổ cẩm cho thanh niên',
    description: 'Nghề dệt đang mai một, cần nghệ nhân dạy lại cho lớp trẻ, mỗi khóa khoảng 15 người.',
    category: 'training',
  },
  {
    title: 'Tập huấn ATTP cho cơ sở sản xuất',
    description: 'Cơ sở cần cho 6 công nhân tham gia tập huấn kiến thức an toàn thực phẩm để có giấy xác nhận.',
    category: 'training',
  },
  {
    title: 'Digital skills course for women entrepreneurs',
    description: 'Looking for a trainer to teach basic computer and smartphone skills, 10 sessions.',
    category: 'training',
  },
  {
    title: 'Đào tạo sử dụng phần mềm kế toán',
    description: 'Kế toán của HTX cần được hướng dẫn dùng phần mềm kế toán và lập báo cáo.',
    category: 'training',
  },
];

// Held out: not inspected while tuning. Do not edit to make the classifier pass.
export const heldOutFixtures: NeedFixture[] = [
  {
    title: 'Bảo hộ tên sản phẩm chè Shan tuyết',
    description:
      'HTX chúng tôi làm chè Shan tuyết cổ thụ ở Tuyên Quang, sợ bên khác lấy tên sản phẩm đặt cho hàng của họ. Muốn biết thủ tục nộp đơn lên Cục Sở hữu trí tuệ mất bao lâu, chi phí bao nhiêu.',
    category: 'trademark',
  },
  {
    title: 'dang ky bao ho logo',
    description:
      'minh moi thiet ke logo cho xuong mien ngo, muon dang ky bao ho de sau nay khong bi nguoi khac dung. nho chuyen gia huong dan giup',
    category: 'trademark',
  },
  {
    title: 'Patent for our irrigation sensor',
    description:
      'We built a low-cost soil moisture sensor and want to know whether we can file a patent or utility solution before showing it at the startup day.',
    category: 'trademark',
  },
  {
    title: 'Làm hồ sơ tự công bố sản phẩm mứt gừng',
    description:
      'Cơ sở nhỏ sản xuất mứt gừng, chưa biết làm hồ sơ tự công bố và gửi mẫu kiểm nghiệm ở đâu. Siêu thị yêu cầu phải có mới nhận hàng.',
    category: 'standards',
  },
  {
    title: 'Xin giấy chứng nhận cơ sở đủ điều kiện ATTP',
    description:
      'Bếp sản xuất bánh gai của gia đình cần được cấp giấy an toàn thực phẩm, cần người hướng dẫn sắp xếp nhà xưởng cho đúng quy định.',
    category: 'standards',
  },
  {
    title: 'nhan hang hoa cho nuoc mam',
    description:
      'Tem nhan hien tai thieu thanh phan, han su dung va ma vach. Can nguoi xem giup nhan co dung nghi dinh ve ghi nhan hang hoa khong.',
    category: 'standards',
  },
  {
    title: 'Tìm đầu ra cho 5 tấn quế vỏ mỗi tháng',
    description:
      'Hợp tác xã ở Văn Yên có quế vỏ sạch, sản lượng ổn định nhưng đang bán qua thương lái giá thấp. Muốn tìm doanh nghiệp thu mua hoặc xuất khẩu trực tiếp.',
    category: 'distribution',
  },
  {
    title: 'Get our coffee into Hanoi convenience stores',
    description:
      'Specialty robusta from Đắk Lắk, roasted and packed. Looking for a distributor or retail chain in Hà Nội that can list 3 SKUs.',
    category: 'distribution',
  },
  {
    title: 'Tham gia hội chợ OCOP tại Hà Nội',
    description: 'Muốn đăng ký gian hàng ở hội chợ OCOP cuối năm để giới thiệu miến dong và tìm đại lý phía Bắc.',
    category: 'distribution',
  },
  {
    title: 'Mượn hội trường tổ chức buổi chia sẻ',
    description:
      'Nhóm cần một hội trường khoảng 80 chỗ trong một buổi sáng thứ bảy để tổ chức buổi giới thiệu dự án cho học sinh và phụ huynh.',
    category: 'workspace',
  },
  {
    title: 'can cho ngoi lam viec cho 4 nguoi',
    description: 'team 4 ban sinh vien lam app, dang ngoi quan ca phe. can mot cho co wifi, ban ghe de lam viec khoang 3 thang',
    category: 'workspace',
  },
  {
    title: 'Meeting room for investor calls',
    description: 'Need a quiet room with a projector two afternoons a week for calls with partners, somewhere in Đà Nẵng city centre.',
    category: 'workspace',
  },
  {
    title: 'Cần khoảng 500 triệu mở rộng xưởng sấy',
    description:
      'Đã có khách hàng ổn định, cần thêm vốn để mua máy sấy lạnh và mở rộng nhà xưởng. Sẵn sàng chia cổ phần cho nhà đầu tư đồng hành.',
    category: 'funding',
  },
  {
    title: 'Hỏi về quỹ hỗ trợ khởi nghiệp của tỉnh',
    description: 'Dự án của nhóm giáo viên có đủ điều kiện xin tài trợ từ quỹ phát triển khoa học và công nghệ không? Hồ sơ cần những gì?',
    category: 'funding',
  },
  {
    title: 'looking for angel investor',
    description: 'we have a working prototype of the smart beehive monitor and 20 pilot users. raising 1.5 billion VND seed round.',
    category: 'funding',
  },
  {
    title: 'Nhờ góp ý mô hình kinh doanh homestay',
    description:
      'Gia đình mở homestay ở Bình Liêu được một năm, khách chủ yếu cuối tuần. Muốn có người có kinh nghiệm xem lại cách tính giá, cách vận hành để có lãi.',
    category: 'mentoring',
  },
  {
    title: 'Lập kế hoạch kinh doanh 3 năm',
    description: 'Chưa biết viết kế hoạch kinh doanh, dự báo doanh thu, chi phí thế nào cho sát thực tế. Cần một cố vấn đi cùng vài buổi.',
    category: 'mentoring',
  },
  {
    title: 'Advice on pricing and unit economics',
    description:
      'Our rattan baskets sell well at fairs but margins are thin. Looking for a mentor who can review costs and pricing strategy.',
    category: 'mentoring',
  },
  {
    title: 'Cải tiến quy trình sấy mật ong giảm độ ẩm',
    description: 'Mật ong rừng độ ẩm cao dễ lên men. Cần chuyên gia tư vấn thiết bị và quy trình hạ thủy phần phù hợp quy mô hộ gia đình.',
    category: 'technology',
  },
  {
    title: 'lam firmware cho thiet bi dieu khien tu xa',
    description:
      'Thiet bi dieu khien bom nuoc qua Internet dang dung ESP32, hay mat ket noi. Can nguoi co kinh nghiem IoT giup sua firmware va thiet ke lai mach.',
    category: 'technology',
  },
  {
    title: 'Kéo dài thời gian bảo quản bún ngô tươi',
    description: 'Bún ngô tươi chỉ để được 2 ngày. Muốn tìm công nghệ hoặc phụ gia an toàn để bảo quản lâu hơn, vận chuyển đi xa.',
    category: 'technology',
  },
  {
    title: 'Chuyển hộ kinh doanh lên công ty',
    description: 'Doanh thu tăng, đối tác yêu cầu xuất hóa đơn VAT. Nên thành lập công ty TNHH hay hợp tác xã, thủ tục thế nào?',
    category: 'legal',
  },
  {
    title: 'Rà soát hợp đồng với nhà phân phối',
    description: 'Bên phân phối gửi hợp đồng độc quyền 3 năm, có điều khoản phạt khá nặng. Cần luật sư đọc giúp trước khi ký.',
    category: 'legal',
  },
  {
    title: 'co-founder agreement',
    description:
      'Three of us started the project, one wants to leave. We need help drafting a shareholder agreement and splitting shares fairly.',
    category: 'legal',
  },
  {
    title: 'Làm video giới thiệu sản phẩm thổ cẩm',
    description: 'Muốn có vài video ngắn đăng TikTok, Facebook kể câu chuyện người dệt thổ cẩm Cơ Tu để nhiều người biết đến hơn.',
    category: 'marketing',
  },
  {
    title: 'thiet ke lai bao bi cho dep mat',
    description: 'bao bi hien tai don gian qua, khach mua lam qua tang chua ung. can ben thiet ke bo nhan dien va bao bi moi',
    category: 'marketing',
  },
  {
    title: 'Chuyển đổi số cho cửa hàng đặc sản',
    description: 'Cửa hàng đặc sản Lạng Sơn muốn có website, fanpage và chạy quảng cáo bài bản thay vì đăng bài tự phát.',
    category: 'marketing',
  },
  {
    title: 'Tập huấn kỹ năng bán hàng online cho chị em',
    description: 'Hội phụ nữ xã có 30 chị làm sản phẩm thủ công, cần lớp tập huấn chụp ảnh, livestream, chốt đơn trên điện thoại.',
    category: 'training',
  },
  {
    title: 'Đào tạo thợ đan mây tre mới',
    description:
      'Cơ sở nhận được đơn lớn nhưng thiếu thợ. Cần giảng viên dạy nghề đan mây tre cho khoảng 20 lao động địa phương trong 2 tháng.',
    category: 'training',
  },
  {
    title: 'Food safety training for staff',
    description: 'Our kitchen team of 8 needs a short course on hygiene and food handling so everyone gets a certificate.',
    category: 'training',
  },
];
